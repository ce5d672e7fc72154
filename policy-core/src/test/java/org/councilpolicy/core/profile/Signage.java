package org.councilpolicy.core.profile;

/**
 * A fictional module's settings for the tests of the settings sections: a {@code signage:} section with a number
 * that has a floor, a constant and a nested mapping.
 */
record Signage(int fontSize, Tone tone, String footer) {

    enum Tone { PLAIN, FRIENDLY, FORMAL_AND_BRIEF }

    static final Signage DEFAULT = new Signage(12, Tone.PLAIN, null);

    static final SettingsSection<Signage> SECTION = new SettingsSection<>() {
        @Override
        public String key() {
            return "signage";
        }

        @Override
        public Signage defaults() {
            return DEFAULT;
        }

        @Override
        public Signage read(SectionReader in) {
            in.keys("fontSize", "tone", "print");
            int size = in.integer("fontSize", DEFAULT.fontSize());
            if (size < 8) {
                in.problem("fontSize", "expected at least 8, got " + size);
            }
            Tone tone = in.constant("tone", Tone.class, DEFAULT.tone());
            SectionReader print = in.mapping("print");
            String footer = null;
            if (print != null) {
                print.keys("footer");
                footer = print.text("footer");
            }
            return new Signage(size, tone, footer);
        }
    };
}
