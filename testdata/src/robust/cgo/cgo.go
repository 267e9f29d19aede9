// Package cgo uses cgo next to payment-shaped code.
package cgo

/*
static int twice(int x) { return 2 * x; }
*/
import "C"

import (
	"net/http"
	"strings"
)

func Twice(x int) int { return int(C.twice(C.int(x))) }

func Ping() {
	_, _ = http.Post("https://api.example.com/v1/ping", "text/plain", strings.NewReader(""))
}
