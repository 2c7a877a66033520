package org.pollcam.registry;

import jakarta.validation.Configuration;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;

/**
 * The real Bean Validation provider (Hibernate Validator) as the server would use it, with the messages of the base
 * {@code ValidationMessages.properties} (English) whatever the machine's locale, so that tests may assert what an
 * administrator reads. The locale is fixed in the message interpolator rather than with {@code Locale.setDefault},
 * so no test changes JVM-wide state. It is {@link Locale#ROOT}, not {@link Locale#ENGLISH}: there is no
 * {@code ValidationMessages_en.properties}, so asking for English on a machine whose default locale is Russian or
 * Azerbaijani falls back to that locale's bundle.
 */
public final class RegistryValidator {

    private static final ValidatorFactory FACTORY = withBaseMessages();

    private RegistryValidator() {
    }

    public static Validator get() {
        return FACTORY.getValidator();
    }

    private static ValidatorFactory withBaseMessages() {
        Configuration<?> configuration = Validation.byDefaultProvider().configure();
        MessageInterpolator interpolator = configuration.getDefaultMessageInterpolator();
        return configuration.messageInterpolator(new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return interpolator.interpolate(template, context, Locale.ROOT);
            }

            @Override
            public String interpolate(String template, Context context, Locale locale) {
                return interpolator.interpolate(template, context, Locale.ROOT);
            }
        }).buildValidatorFactory();
    }
}
