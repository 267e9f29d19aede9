// Package testonly: handlers in _test.go files stand in for providers.
package testonly

func Placeholder() {}
