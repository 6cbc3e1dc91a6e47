# Sourced by ./run and .ci/run: points JAVA_HOME at a JDK 21 or newer, whatever `java` on the PATH is (17 on some
# machines, which cannot run the application). Returns 1 when there is none.
java_major() { "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1; }
is_jdk21() { [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] && [ "$(java_major "$1")" -ge 21 ] 2>/dev/null; }
find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && is_jdk21 "$JAVA_HOME"; then
    return 0
  fi
  local candidate
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-2[1-9]* /usr/lib/jvm/java-2[1-9]-* \
      /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    if is_jdk21 "$candidate"; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  return 1
}
