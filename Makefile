# Two commands do all set-up on a fresh machine: `make build` and `make test`.
.PHONY: build test bench tool clean

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

tool: node_modules/.installed
	npm run build:tool

# Installs, compiles the toolchain and emits nss-out/ from runtime-ts/.
build: tool
	node bin/npc-build.js build

# Installs, compiles the toolchain (some tests run it as a child process from dist/) and runs every test.
test: tool
	npx vitest run

bench: tool
	node dist/tools/bench/run.js

clean:
	rm -rf dist node_modules
