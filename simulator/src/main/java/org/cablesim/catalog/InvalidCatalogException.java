package org.cablesim.catalog;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when catalog entries do not fit together; lists every issue found, not just the first. */
public final class InvalidCatalogException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<CatalogIssue> issues;

    /** @param issues the issues found, non-empty */
    public InvalidCatalogException(List<CatalogIssue> issues) {
        super("inconsistent catalog:\n" + issues.stream().map(CatalogIssue::toString)
                .collect(Collectors.joining("\n")));
        this.issues = List.copyOf(issues);
    }

    /** Every issue found, in catalog order. */
    public List<CatalogIssue> issues() {
        return issues;
    }
}
