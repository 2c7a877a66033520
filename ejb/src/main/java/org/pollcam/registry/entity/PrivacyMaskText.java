package org.pollcam.registry.entity;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.pollcam.media.publish.PrivacyMask;

/**
 * Text that the media module reads as a privacy mask (or blank for none); the message says what is wrong, so an
 * administrator can mend the polygon instead of guessing.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PrivacyMaskText.Check.class)
public @interface PrivacyMaskText {

    String message() default "{pollcam.camera.privacymask}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<PrivacyMaskText, String> {
        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            try {
                PrivacyMask.parse(text);
                return true;
            } catch (IllegalArgumentException e) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate()
                        + ": " + e.getMessage().replace("{", "(").replace("}", ")")).addConstraintViolation();
                return false;
            }
        }
    }
}
