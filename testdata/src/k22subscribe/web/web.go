// Package web is a shop's own small framework: a handler takes a *Ctx
// wrapping the response writer and the request, and returns an error.
package web

import (
	"encoding/json"
	"io"
	"net/http"
)

// Ctx is one request.
type Ctx struct {
	W http.ResponseWriter
	R *http.Request
}

// Handler serves one route.
type Handler func(c *Ctx) error

// Body reads the request body.
func (c *Ctx) Body() []byte {
	b, _ := io.ReadAll(c.R.Body)
	return b
}

// GetHeader reads a request header.
func (c *Ctx) GetHeader(name string) string { return c.R.Header.Get(name) }

// Query reads a query parameter.
func (c *Ctx) Query(name string) string { return c.R.URL.Query().Get(name) }

// JSON answers v with code.
func (c *Ctx) JSON(code int, v any) error {
	c.W.Header().Set("Content-Type", "application/json")
	c.W.WriteHeader(code)
	return json.NewEncoder(c.W).Encode(v)
}

// Status answers code with no body.
func (c *Ctx) Status(code int) error {
	c.W.WriteHeader(code)
	return nil
}

// Router mounts handlers.
type Router struct{ mux *http.ServeMux }

// Post mounts h on POST path.
func (r *Router) Post(path string, h Handler) {
	r.mux.HandleFunc("POST "+path, func(w http.ResponseWriter, req *http.Request) {
		if err := h(&Ctx{W: w, R: req}); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
		}
	})
}
