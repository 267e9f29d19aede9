// Package integrations receives callbacks from the services around the box
// office: PayPal, the organisers' calendars and the e-mail provider.
package integrations

import (
	"database/sql"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/plutov/paypal/v4"
)

type Server struct {
	DB        *sql.DB
	PP        *paypal.Client
	WebhookID string
	CalToken  string
}

func (s *Server) Register(r *gin.Engine) {
	r.POST("/hooks/paypal", s.paypalHook)
	r.POST("/hooks/calendar", s.calendarHook)
	r.POST("/hooks/mail/bounce", s.bounceHook)
	r.GET("/healthz", func(c *gin.Context) { c.Status(http.StatusOK) })
}
