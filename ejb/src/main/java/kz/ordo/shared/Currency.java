package kz.ordo.shared;

/** The currencies Ordo keeps money in (R-FIN-1): tenge by default. */
public enum Currency {
    KZT, RUB, USD, EUR
}
