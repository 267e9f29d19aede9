package driver

import (
	"os"
	"os/exec"
	"os/signal"
	"syscall"
	"time"
)

// stopGrace is how long a stopped go vet may take to end its units.
var stopGrace = 10 * time.Second

// runStoppable runs cmd to its end, unless paylint itself is interrupted
// (Ctrl-C) or terminated (a CI timeout): then it asks the go command to
// stop, which ends the vet units it started, and returns the signal. What
// go vet printed before it stopped is whole per package, so a gate that
// runs out of time still reports what it found instead of nothing.
func runStoppable(cmd *exec.Cmd) (os.Signal, error) {
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(stop)
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		return nil, err
	case sig := <-stop:
		if cmd.Process.Signal(os.Interrupt) != nil {
			_ = cmd.Process.Kill() // no interrupt on this system
		}
		select {
		case err := <-done:
			return sig, err
		case <-time.After(stopGrace):
			_ = cmd.Process.Kill()
			return sig, <-done
		}
	}
}
