/// The small pair of witnesses the co-editing tests share: a typescript and a variant
/// that differs from it at three places (I: «tuberculosis»/«tisis», «empleado»/«institutor»;
/// II: «trágico»/«terrible», «bajó»/«subió»).
public enum CoEditingSample {
    public static let typescript = """
        # I. El mundo sin evasión posible

        Luce murió de tuberculosis, naturalmente. No poseo nada. Detrás de nosotros una revolución victoriosa que dio mal resultado.

        Conocí a ese empleado barcelonés, Nin. Tengo más confianza en el hombre.

        # II. Signos

        El fin de su vida fue trágico. El precio bajó un poco aquel año.

        """

    public static let variant = """
        # I. El mundo sin evasión posible

        Luce murió de tisis, naturalmente. No poseo nada. Detrás de nosotros una revolución victoriosa que dio mal resultado.

        Conocí a ese institutor barcelonés, Nin. Tengo más confianza en el hombre.

        # II. Signos

        El fin de su vida fue terrible. El precio subió un poco aquel año.

        """
}
