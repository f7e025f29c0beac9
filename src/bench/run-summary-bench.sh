#!/bin/sh
# Summary read-model benchmark: generates a round of 10,000 participants once, then times the summary.
# Usage (from the repository root): sh src/bench/run-summary-bench.sh   (DATABASE_URL=... to use another PostgreSQL)
set -e
mvn -q -B compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
CP="target/classes:$(cat target/bench-classpath.txt)"
mkdir -p target/bench-classes
javac -d target/bench-classes -cp "$CP" src/bench/java/org/roundtable/summaries/SummaryBenchmark.java
java -cp "target/bench-classes:$CP" org.roundtable.summaries.SummaryBenchmark
