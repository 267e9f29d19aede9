package integrations

import (
	"encoding/json"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

// calendarHook is Google Calendar's push notification for an organiser's
// calendar: we re-sync the event dates. The channel token is our own.
func (s *Server) calendarHook(c *gin.Context) {
	if c.GetHeader("X-Goog-Channel-Token") != s.CalToken {
		c.AbortWithStatus(http.StatusForbidden)
		return
	}
	resource := c.GetHeader("X-Goog-Resource-Id")
	_, _ = s.DB.ExecContext(c.Request.Context(),
		`UPDATE organiser_calendars SET needs_sync = true, touched_at = $2 WHERE resource_id = $1`, resource, time.Now())
	c.Status(http.StatusOK)
}

type bounce struct {
	Email  string `json:"email"`
	Reason string `json:"reason"`
	Count  int    `json:"count"`
}

// bounceHook is the e-mail provider's bounce callback: stop mailing tickets
// to addresses that bounce. It increments a counter on every delivery.
func (s *Server) bounceHook(c *gin.Context) {
	var b bounce
	if err := json.NewDecoder(c.Request.Body).Decode(&b); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	_, _ = s.DB.ExecContext(c.Request.Context(),
		`INSERT INTO mail_suppressions (email, reason) VALUES ($1, $2) ON CONFLICT (email) DO UPDATE SET bounces = mail_suppressions.bounces + 1`,
		b.Email, b.Reason)
	time.Sleep(50 * time.Millisecond)
	c.Status(http.StatusNoContent)
}
