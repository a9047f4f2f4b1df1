public enum SiglaPlaceholder {}
