# Sourced by scripts/test.sh and scripts/e2e.sh. The acceptance tests are the few whose point
# is the real, published 2024 response of a Police and Crime Commissioner: it is never copied
# into the repository, so they read it from ../shared/fixtures beside it. Everything else is
# tested on the project's own invented fixtures (tests/fixtures). Without ../shared the
# acceptance tests are left out, and one line says so; the closing total of scripts/test.sh
# counts them as skipped (its awk reads that line).
# shellcheck shell=bash disable=SC2034  # the variables are used by the scripts that source it

acceptance_fixture=../shared/fixtures/peel-2024-response.json
acceptance_rust=tests/tests/acceptance.rs
acceptance_e2e=(tests/e2e/8a-acceptance.test.mjs)

# True when the real 2024 response is beside the repository.
have_shared() { [ -f "$acceptance_fixture" ]; }

# How many tests the end-to-end acceptance files hold: one `test(` at the start of a line each.
acceptance_e2e_count() { cat "${acceptance_e2e[@]}" | grep -c '^test('; }

# The one line: how many tests were left out, which, and why.
acceptance_left_out() { # COUNT FILES
  echo "acceptance: left out $1 tests ($2) because ../shared is not beside the repository;" \
    "they read the real published 2024 response"
}
