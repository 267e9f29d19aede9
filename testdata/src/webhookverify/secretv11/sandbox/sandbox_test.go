package sandbox

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestBypassSettles(t *testing.T) {
	h := &bypassHooks{skipSig: true}
	req := httptest.NewRequest(http.MethodPost, "/webhooks/paddle-bypass", strings.NewReader(`{}`))
	h.ServeHTTP(httptest.NewRecorder(), req)
}
