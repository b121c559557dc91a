# Builds and runs the help desk. Used by docker-compose.yml (production shape: a real
# MongoDB replica set). Build context: the repository root.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -ntp -q dependency:go-offline
COPY src src
COPY knowledge-base knowledge-base
RUN mvn -B -ntp -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 helpdesk
WORKDIR /app
COPY --from=build /src/target/helpdesk.jar /app/helpdesk.jar
USER helpdesk
EXPOSE 8080
# The parallel collector with a small young generation keeps pauses short on a 2-core
# machine (BENCHMARKS.md, "Channels"); the JVM would pick G1 there.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+UseParallelGC", "-Xmn64m", "-jar", "/app/helpdesk.jar"]
