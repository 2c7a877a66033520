# Sourced by the media benchmarks: compiles the media module with its tests (offline first) and sets
# MEDIA_CLASSPATH to its classes, test classes and dependencies. Leaves the working folder at the repository root.
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./mvnw -B -ntp -q -o -pl media test-compile dependency:build-classpath -Dmdep.includeScope=test \
        -Dmdep.outputFile=target/bench.classpath >/dev/null 2>&1 \
    || ./mvnw -B -ntp -q -pl media test-compile dependency:build-classpath -Dmdep.includeScope=test \
        -Dmdep.outputFile=target/bench.classpath
MEDIA_CLASSPATH="$PWD/media/target/classes:$PWD/media/target/test-classes:$(cat media/target/bench.classpath)"
