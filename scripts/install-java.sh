#!/usr/bin/env bash
# Install a Java runtime for pyspark (tests/test_spark.py, --engine spark), only when none is there.
# Idempotent; uses Debian's package, never a downloaded JDK.
set -euo pipefail
if command -v java >/dev/null 2>&1; then
    echo "java present: $(java -version 2>&1 | head -1)"
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "error: java missing and apt-get not available; install a Java 17+ runtime by hand" >&2
    exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends default-jre-headless
echo "java installed: $(java -version 2>&1 | head -1)"
