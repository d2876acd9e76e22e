package news.parallax.render;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TmpProbeTest {
    @Test
    void probe() throws Exception {
        try (Playwright pw = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser b = pw.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of("/usr/lib/chromium/chromium")));
            int width = Integer.parseInt(System.getProperty("probe.width", "1280"));
            Page p = b.newContext(new Browser.NewContextOptions().setViewportSize(width, 1000)).newPage();
            int i = 0;
            for (String spec : System.getProperty("probe.pages", "index.html").split(",")) {
                String[] parts = spec.split("@");
                p.navigate(Path.of(System.getProperty("probe.site", "/tmp/real-site")).resolve(parts[0]).toAbsolutePath().toUri().toString());
                if (parts.length > 1) {
                    p.evaluate("s => document.querySelector(s).scrollIntoView()", parts[1]);
                }
                p.screenshot(new Page.ScreenshotOptions().setPath(Path.of("/tmp/probe-" + (i++) + ".png")));
            }
        }
    }
}
