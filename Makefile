# Ansim: the two quick-start commands are `make demo` and `make test`.
SWIFT ?= swift

.PHONY: demo test setup build bench bench-analytics hardening hardening-faults stop clean

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

## make hardening: the short version of every item of docs/RELIABILITY.md (fuzzing,
## sanitizers, faults, soak, schemathesis, attack pass); each script takes the long version's
## settings too (see docs/RELIABILITY.md)
hardening: build
	scripts/hardening/run-all.sh

## make hardening-faults: crash and fault injection on a fresh ANSIM_HOME (docs/RELIABILITY-faults.md; the tmpfs case needs root)
hardening-faults: build
	ANSIM=.build/release/ansim scripts/hardening/faults.sh

## make stop: stop the demo's embedded database
stop:
	@[ ! -x .build/release/ansim ] || .build/release/ansim db stop

clean: stop
	rm -rf .build .ansim-test
