// Package config is a stub of github.com/RichardKnop/machinery/v1/config
// (v1.10.8).
package config

// Config holds all configuration for our program.
type Config struct {
	Broker        string
	DefaultQueue  string
	ResultBackend string
}
