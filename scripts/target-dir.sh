#!/usr/bin/env bash
# Prints cargo's target folder for this project: `target/` unless
# CARGO_TARGET_DIR or a cargo config's target-dir says otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo metadata --format-version 1 --no-deps | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p'
