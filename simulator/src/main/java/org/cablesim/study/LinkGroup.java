package org.cablesim.study;

import java.util.Objects;
import org.cablesim.montecarlo.ClassLossResult;

/**
 * Logical links whose routed channels fall into the same link classes (in MDI order): a single-MDI link's
 * group is its channel's class, a twin-port link's the pair of its channels' classes.
 *
 * @param classes       indices of the classes of the links' channels, in MDI order
 * @param exampleLinkId the first such link in fabric order
 * @param result        the group as one class of links: id = the class ids joined by {@code +}, member count =
 *                      links, probability 1 − Π(1 − p_c) (channels independent), interval the same product over
 *                      the bounds, margins the lowest of the classes'
 */
public record LinkGroup(int[] classes, String exampleLinkId, ClassLossResult result) {
    public LinkGroup {
        classes = classes.clone();
        Objects.requireNonNull(exampleLinkId, "exampleLinkId");
        Objects.requireNonNull(result, "result");
    }

    /** @return a copy of the class indices */
    @Override
    public int[] classes() {
        return classes.clone();
    }

    /** @return the figures a member link reports */
    public LinkLoss linkLoss() {
        return new LinkLoss(result.failProbability(), result.ci95(), result.marginP1Db(), result.marginP50Db(),
                result.method());
    }
}
