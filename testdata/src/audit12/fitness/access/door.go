// Package access talks to the club hardware and member-facing services:
// door controllers, class waitlists, wearables and push notifications.
package access

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/google/uuid"
)

// DoorController opens turnstiles and doors through the club's local
// controller.
type DoorController struct {
	BaseURL string
	HC      *http.Client
}

// Unlock opens a door for a member who scanned their card. The controller
// drops requests while a turnstile is rotating, so it is retried quickly.
func (d *DoorController) Unlock(ctx context.Context, doorID, memberID string) error {
	body, _ := json.Marshal(map[string]string{"door": doorID, "member": memberID})
	var lastStatus int
	for attempt := 0; attempt < 5; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, d.BaseURL+"/api/v1/doors/"+doorID+"/unlock", bytes.NewReader(body))
		if err != nil {
			return err
		}
		req.Header.Set("X-Request-Id", uuid.NewString())
		resp, err := d.HC.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
			lastStatus = resp.StatusCode
		}
		time.Sleep(100 * time.Millisecond)
	}
	return fmt.Errorf("door %s: controller answered %d", doorID, lastStatus)
}
