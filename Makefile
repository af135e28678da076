# Ansim: the two quick-start commands are `make demo` and `make test`.
SWIFT ?= swift

.PHONY: demo test setup build bench bench-analytics stop clean

## make demo: install what is missing, build, start the embedded database, run the main job
demo: build
	@scripts/demo.sh

## make test: install what is missing, build, run every test on a real embedded PostGIS
test: setup
	@scripts/test.sh

setup:
	@scripts/setup.sh

build: setup
	$(SWIFT) build -c release --product ansim

## make bench: the benchmarks, each beside its reference tool
bench: build
	.build/release/ansim bench copy --rows 1000000
	.build/release/ansim bench etl --rows 1000000
	$(MAKE) bench-analytics

## make bench-analytics: Gi*, Local Moran and KDE beside PySAL esda and scipy (creates .venv-ref once)
bench-analytics: build
	.build/release/ansim bench analytics

## make stop: stop the demo's embedded database
stop:
	@[ ! -x .build/release/ansim ] || .build/release/ansim db stop

clean: stop
	rm -rf .build .ansim-test
