package server

// Spin runs the server until an interrupt signal (v0.10.1 hertz.go).
func (h *Hertz) Spin() {}
