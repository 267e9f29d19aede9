// Package lookalikes holds code that looks like payment code and is not:
// every line here must stay silent.
package lookalikes

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/google/uuid"
)

type Svc struct {
	db *sql.DB
	hc *http.Client
}

func (s *Svc) Register(r *gin.Engine) {
	r.POST("/hooks/ci", s.ciHook)
	r.GET("/oauth/callback", s.oauthCallback)
	r.POST("/shipments/:id/address", s.shipmentAddress)
}

// ciHook records the build status the CI server posts.
func (s *Svc) ciHook(c *gin.Context) {
	var ev struct {
		Build  string `json:"build"`
		Status string `json:"status"`
	}
	if err := c.ShouldBindJSON(&ev); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	s.db.ExecContext(c.Request.Context(), `UPDATE builds SET status = $1 WHERE id = $2`, ev.Status, ev.Build)
	c.Status(http.StatusOK)
}

// oauthCallback marks the user's login as completed.
func (s *Svc) oauthCallback(c *gin.Context) {
	if c.Query("status") == "success" {
		s.db.ExecContext(c.Request.Context(), `UPDATE users SET status = 'active', last_login = now() WHERE id = $1`, c.Query("uid"))
	}
	c.Redirect(http.StatusFound, "/")
}

// shipmentAddress changes where a parcel goes.
func (s *Svc) shipmentAddress(c *gin.Context) {
	s.db.ExecContext(c.Request.Context(), `UPDATE shipments SET address = $1 WHERE id = $2`, c.PostForm("address"), c.Param("id"))
	c.Status(http.StatusNoContent)
}

// Notify sends a push notification, retried with a fresh message id: a
// duplicate push is harmless.
func (s *Svc) Notify(ctx context.Context, user, text string) error {
	var err error
	for i := 0; i < 3; i++ {
		body, _ := json.Marshal(map[string]string{"id": uuid.NewString(), "user": user, "text": text})
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, "https://push.example.com/v1/messages", bytes.NewReader(body))
		var resp *http.Response
		if resp, err = s.hc.Do(req); err == nil {
			resp.Body.Close()
			return nil
		}
		time.Sleep(time.Second)
	}
	return err
}

// WaitExport polls a CSV export job quickly: not a payment.
func (s *Svc) WaitExport(ctx context.Context, jobID string) error {
	for i := 0; i < 100; i++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, "https://reports.example.com/v1/exports/"+jobID, nil)
		resp, err := s.hc.Do(req)
		if err == nil {
			var j struct{ State string }
			json.NewDecoder(resp.Body).Decode(&j)
			resp.Body.Close()
			if j.State == "done" {
				return nil
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	return context.DeadlineExceeded
}

// TrackParcel polls the carrier for a shipment's status.
func (s *Svc) TrackParcel(ctx context.Context, trackingID string) (string, error) {
	for {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, "https://carrier.example.com/v1/shipments/"+trackingID+"/status", nil)
		resp, err := s.hc.Do(req)
		if err == nil {
			var st struct{ Status string }
			json.NewDecoder(resp.Body).Decode(&st)
			resp.Body.Close()
			if st.Status == "DELIVERED" {
				return st.Status, nil
			}
		}
		time.Sleep(500 * time.Millisecond)
	}
}
