public enum GitStorePlaceholder {}
