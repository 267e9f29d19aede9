package api

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"audit20/creators/platform"
	"audit20/creators/store"
)

// Media talks to the internal watermarking service, which stamps each
// download with the buyer's e-mail before it is served.
type Media struct {
	base string
	hc   *http.Client
}

// NewMedia builds a Media client.
func NewMedia(base string) *Media { return &Media{base: base, hc: platform.HTTPClient()} }

type watermarkJob struct {
	ID     string `json:"id"`
	Status string `json:"status"` // queued, running, done, failed
	URL    string `json:"url"`
}

func (m *Media) job(ctx context.Context, id string) (*watermarkJob, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, m.base+"/v1/jobs/"+id, nil)
	if err != nil {
		return nil, err
	}
	resp, err := m.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, platform.ReadError("watermark job", resp)
	}
	var j watermarkJob
	return &j, json.NewDecoder(resp.Body).Decode(&j)
}

// file serves a paid download once its watermarked copy is ready.
func (a *API) file(c *gin.Context) {
	p, err := a.Purchases.Get(c, c.Param("id"))
	if err != nil || p.FanID != fanID(c) || p.Status != store.PurchasePaid {
		fail(c, http.StatusNotFound, "not found")
		return
	}
	jobID := "wm-" + p.ID
	for i := 0; i < 30; i++ {
		j, err := a.Media.job(c, jobID)
		if err == nil && j.Status == "done" {
			c.Redirect(http.StatusFound, j.URL)
			return
		}
		if err == nil && j.Status == "failed" {
			break
		}
		time.Sleep(500 * time.Millisecond) // audit: lookalike pollinterval: polls the watermarking job of a paid download, not a payment
	}
	a.render(c, "preparing.html", gin.H{"message": fmt.Sprintf("Your file for %s is still being prepared.", p.ProductID)})
}
