// Package echopaypal serves PayPal return pages for a course platform (echo).
package echopaypal

import (
	"github.com/labstack/echo/v4"
	"github.com/plutov/paypal/v4"
)

// Enrollments grants course access.
type Enrollments interface {
	Grant(userID, courseID string) error
}

// Server holds the dependencies.
type Server struct {
	pp     *paypal.Client
	enroll Enrollments
}

// New builds the server.
func New(pp *paypal.Client, e Enrollments) *Server { return &Server{pp: pp, enroll: e} }

// Routes registers the PayPal return pages.
func (s *Server) Routes(e *echo.Echo) {
	g := e.Group("/paypal")
	g.GET("/legacy/return", s.legacyReturn)
	g.GET("/return", s.orderReturn)
	g.GET("/cancel", s.cancel)
}
