package it.fsr.spring;

import it.fsr.core.parameter.ParameterSet;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * fsr in a Spring Boot service, with nothing written by hand:
 * <ul>
 *   <li>fsr's Jackson module as a bean, which Boot's Jackson auto-configuration registers in the service's mapper:
 *       {@code it.fsr.jackson3.FsrJackson3Module} on Boot 4 (Jackson 3), {@code it.fsr.jackson.FsrModule} on Boot 3
 *       (Jackson 2), each when its adapter is on the class path: an amount is {@code "466.67"}, never
 *       {@code {"zero":false,"negative":false,"positive":true}} (Boot never calls {@code findAndRegisterModules()});</li>
 *   <li>{@link FsrProblemAdvice}: every {@link it.fsr.core.validation.FsrException} answered as an RFC 9457 problem
 *       ({@code application/problem+json}), a caller's mistake as a 400;</li>
 *   <li>the parameter sets fsr ships, each a bean named after its acts, which a service overrides by declaring a bean of
 *       the same name (an overlay with a newer DGR, for instance).</li>
 * </ul>
 * Each part is conditional on its module being on the class path: a service that uses only {@code fsr-isee} gets the
 * ISEE's parameter sets and no other.
 */
@AutoConfiguration(beforeName = {"org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration",
    "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"})
public class FsrAutoConfiguration {

    /** Creates the auto-configuration (Spring calls it). */
    public FsrAutoConfiguration() {
    }

    /** fsr's Jackson 2 module, registered by Boot in the service's mapper. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"it.fsr.jackson.FsrModule", "com.fasterxml.jackson.databind.ObjectMapper"})
    static class Jackson2 {
        @Bean
        @ConditionalOnMissingBean
        it.fsr.jackson.FsrModule fsrJacksonModule() {
            return new it.fsr.jackson.FsrModule();
        }
    }

    /** fsr's Jackson 3 module, registered by Boot 4 in the service's {@code JsonMapper}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"it.fsr.jackson3.FsrJackson3Module", "tools.jackson.databind.json.JsonMapper"})
    static class Jackson3 {
        @Bean
        @ConditionalOnMissingBean
        it.fsr.jackson3.FsrJackson3Module fsrJackson3Module() {
            return new it.fsr.jackson3.FsrJackson3Module();
        }
    }

    /** What springdoc says of fsr's values, once it describes them: set when the service has springdoc. */
    public static final class OpenApiTypes {
        private OpenApiTypes() {
        }
    }

    /**
     * springdoc describes {@code Euro} as the string of two decimals fsr writes and reads ({@code "466.67"}, format
     * {@code decimal}) and {@code Rate} as a percentage string, not as the booleans of their {@code isX()} methods.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"org.springdoc.core.utils.SpringDocUtils", "io.swagger.v3.oas.models.media.StringSchema"})
    static class SpringDoc {
        @Bean
        @ConditionalOnMissingBean
        static OpenApiTypes fsrOpenApiTypes() {
            io.swagger.v3.oas.models.media.Schema<String> euro = new io.swagger.v3.oas.models.media.StringSchema().format("decimal")
                    .pattern("^-?[0-9]{1,16}\\.[0-9]{2}$").example("466.67")
                    .description("an amount in euro, a string of two decimals (read also from a JSON number in euro, never cents)");
            io.swagger.v3.oas.models.media.Schema<String> rate = new io.swagger.v3.oas.models.media.StringSchema()
                    .pattern("^-?[0-9]{1,16}(\\.[0-9]{1,20})?%$").example("12.5%").description("a percentage with its sign");
            org.springdoc.core.utils.SpringDocUtils.getConfig().replaceWithSchema(it.fsr.core.money.Euro.class, euro)
                    .replaceWithSchema(it.fsr.core.money.Rate.class, rate);
            return new OpenApiTypes();
        }
    }

    /** fsr's errors as problem details, in a servlet web application. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "org.springframework.http.ProblemDetail")
    static class Problems {
        @Bean
        @ConditionalOnMissingBean
        FsrProblemAdvice fsrProblemAdvice() {
            return new FsrProblemAdvice();
        }
    }

    /** The national ISEE's, the DSU's and the Fattore Famiglia's parameter sets (DPCM 159/2013; DGR Veneto editions). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "it.fsr.isee.dsu.IseeParameters")
    static class Isee {
        @Bean
        @ConditionalOnMissingBean(name = "fsrIseeParameters")
        ParameterSet fsrIseeParameters() {
            return it.fsr.isee.dsu.IseeParameters.defaults();
        }

        @Bean
        @ConditionalOnMissingBean(name = "fsrDsuParameters")
        ParameterSet fsrDsuParameters() {
            return it.fsr.isee.dsu.DsuParameters.defaults();
        }

        @Bean
        @ConditionalOnMissingBean(name = "fsrFattoreFamigliaParameters")
        ParameterSet fsrFattoreFamigliaParameters() {
            return it.fsr.isee.veneto.FattoreFamigliaParameters.defaults();
        }
    }

    /** The FSR riparto's parameter set (the DGR and the Avviso). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "it.fsr.riparto.RipartoParameters")
    static class Riparto {
        @Bean
        @ConditionalOnMissingBean(name = "fsrRipartoParameters")
        ParameterSet fsrRipartoParameters() {
            return it.fsr.riparto.RipartoParameters.defaults();
        }
    }

    /** The LEP's parameter set (L. 178/2020 and the Fondo di Solidarietà Comunale's acts). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "it.fsr.lep.LepParameters")
    static class Lep {
        @Bean
        @ConditionalOnMissingBean(name = "fsrLepParameters")
        ParameterSet fsrLepParameters() {
            return it.fsr.lep.LepParameters.defaults();
        }
    }
}
