package se.avtalsvakt.alerting.internal;

import java.lang.reflect.Proxy;
import java.util.Map;

/** An {@link AlertingConfig} with every setting at its default but those given. */
final class TestConfig {

    private TestConfig() {
    }

    static AlertingConfig alerting(Map<String, Object> settings) {
        return (AlertingConfig) Proxy.newProxyInstance(AlertingConfig.class.getClassLoader(),
                new Class<?>[] {AlertingConfig.class}, (proxy, method, args) -> {
                    if (method.getName().equals("annotationType")) {
                        return AlertingConfig.class;
                    }
                    Object value = settings.get(method.getName());
                    return value != null ? value : method.getDefaultValue();
                });
    }
}
