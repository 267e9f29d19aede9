// Package fakes builds handlers for the team's integration tests.
package fakes

import "net/http"

// Addr is where the fake server listens.
const Addr = ":0"

var _ http.Handler = nil
