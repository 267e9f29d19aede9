package ops

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

// Stop is one delivery address on a route.
type Stop struct {
	OrderRef string  `json:"order_ref"`
	Lat      float64 `json:"lat"`
	Lon      float64 `json:"lon"`
}

// RoutePlan is an optimised delivery route stored for the drivers' app.
type RoutePlan struct {
	ID     string
	Date   string
	Status string
	Stops  string
}

// RoutePlanner submits delivery days to the route-optimisation service.
type RoutePlanner struct {
	base string
	hc   *http.Client
	db   *gorm.DB
}

// NewRoutePlanner returns a route planner.
func NewRoutePlanner(base string, db *gorm.DB) *RoutePlanner {
	return &RoutePlanner{base: base, hc: &http.Client{Timeout: 10 * time.Second}, db: db}
}

// Submit sends a delivery day's stops for optimisation.
func (p *RoutePlanner) Submit(ctx context.Context, date string, stops []Stop) error {
	body, _ := json.Marshal(map[string]any{"date": date, "stops": stops, "vehicle": "van-1"})
	var lastErr error
	for attempt := 0; attempt < 4; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.base+"/v1/jobs", bytes.NewReader(body))
		if err != nil {
			return err
		}
		resp, err := p.hc.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode < 300 {
				return nil
			}
			lastErr = fmt.Errorf("routing: status %d", resp.StatusCode)
		} else {
			lastErr = err
		}
		time.Sleep(300 * time.Millisecond)
	}
	return lastErr
}

// Completed is called by the routing service when a job is optimised.
func (p *RoutePlanner) Completed(c *gin.Context) {
	var job struct {
		JobID string `json:"job_id"`
		Date  string `json:"date"`
		Stops []Stop `json:"stops"`
	}
	if err := c.ShouldBindJSON(&job); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	stops, _ := json.Marshal(job.Stops)
	if err := p.db.WithContext(c).Save(&RoutePlan{ID: job.JobID, Date: job.Date, Status: "ready", Stops: string(stops)}).Error; err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusNoContent)
}
