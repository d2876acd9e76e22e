package news.parallax.ingest;

import java.util.List;
import java.util.stream.Collectors;
import news.parallax.model.Problem;

/** The input cannot be built; carries every problem found, each naming its file. */
public final class BadInputException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public BadInputException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a BadInputException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public BadInputException(Problem problem) {
        this(List.of(problem));
    }

    /** The problems, in the order found. */
    public List<Problem> problems() {
        return problems;
    }
}
