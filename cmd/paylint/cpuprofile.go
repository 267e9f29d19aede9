package main

import (
	"encoding/json"
	"os"
	"os/signal"
	"runtime/pprof"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// startCPUProfile profiles one go vet unit when PAYLINT_CPUPROFILE names a
// file, to find what makes a package slow: unitchecker has no -cpuprofile
// flag (go vet would not pass it through) and ends the process with
// os.Exit, so no deferred Stop would run. The profile is written instead
// when the unit has run PAYLINT_CPUPROFILE_SECONDS (default 30) or when the
// process is interrupted or terminated (timeout, Ctrl-C), whichever comes
// first: the case worth profiling is the unit that does not end. A unit
// that ends sooner writes none.
//
// PAYLINT_CPUPROFILE_PKG limits it to the unit of that import path (go vet
// runs every dependency's unit too); "%s" in the file name is replaced by
// the unit's import path, slashes made dashes, so several units may be
// profiled in one run. Only the .cfg unit protocol is profiled; -V=full and
// -flags are left alone.
func startCPUProfile(args []string) {
	out := os.Getenv("PAYLINT_CPUPROFILE")
	if out == "" || len(args) == 0 || !strings.HasSuffix(args[len(args)-1], ".cfg") {
		return
	}
	data, err := os.ReadFile(args[len(args)-1])
	if err != nil {
		return
	}
	var unit struct{ ImportPath string }
	if json.Unmarshal(data, &unit) != nil {
		return
	}
	if want := os.Getenv("PAYLINT_CPUPROFILE_PKG"); want != "" && want != unit.ImportPath {
		return
	}
	out = strings.ReplaceAll(out, "%s", strings.ReplaceAll(unit.ImportPath, "/", "-"))
	f, err := os.Create(out)
	if err != nil {
		os.Stderr.WriteString("paylint: PAYLINT_CPUPROFILE: " + err.Error() + "\n")
		return
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		os.Stderr.WriteString("paylint: PAYLINT_CPUPROFILE: " + err.Error() + "\n")
		f.Close()
		return
	}
	secs, err := strconv.Atoi(os.Getenv("PAYLINT_CPUPROFILE_SECONDS"))
	if err != nil || secs <= 0 {
		secs = 30
	}
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	go func() {
		sig := os.Signal(nil)
		select {
		case <-time.After(time.Duration(secs) * time.Second):
		case sig = <-sigs:
		}
		signal.Stop(sigs) // a later signal ends the process as usual
		pprof.StopCPUProfile()
		f.Close()
		os.Stderr.WriteString("paylint: CPU profile of " + unit.ImportPath + " written to " + out + "\n")
		if sig != nil {
			os.Exit(2) // the process was asked to end; it still does
		}
	}()
}
