package org.cablesim.catalog;

/**
 * The family of distribution a loss class is modelled with (DOMAIN §2: the shape is a modelling choice);
 * the loss engine calibrates the family to (mean, upper percentile) when no parameters are given.
 */
public enum LossFamily {
    GAMMA,
    LOGNORMAL,
    WEIBULL,
    EXPONENTIAL,
    RICIAN
}
