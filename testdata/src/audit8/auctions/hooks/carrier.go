package hooks

import (
	"crypto/subtle"
	"encoding/json"
	"net/http"

	"github.com/gofiber/fiber/v2"
	"github.com/hibiken/asynq"
)

// CarrierClient talks to the shipping carrier's REST API.
type CarrierClient struct {
	BaseURL string
	HTTP    *http.Client
}

// ProofOfDelivery downloads the signed POD for our records.
func (cc *CarrierClient) ProofOfDelivery(trackingNo string) ([]byte, error) {
	resp, err := cc.HTTP.Get(cc.BaseURL + "/v2/shipments/" + trackingNo + "/pod")
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out struct {
		Image []byte `json:"image"`
	}
	err = json.NewDecoder(resp.Body).Decode(&out)
	return out.Image, err
}

type trackingEvent struct {
	TrackingNo string `json:"tracking_number"`
	Status     string `json:"status"`
}

// CarrierTracking records tracking scans; on delivery it stores the POD
// and schedules the escrow release job (which checks the return window).
func (h *Handlers) CarrierTracking(c *fiber.Ctx) error {
	if subtle.ConstantTimeCompare([]byte(c.Get("X-Carrier-Token")), []byte(h.sec.CarrierToken)) != 1 {
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	var ev trackingEvent
	if err := json.Unmarshal(c.Body(), &ev); err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	if _, err := h.db.NewUpdate().Table("shipments").Set("status = ?", ev.Status).
		Where("tracking_no = ?", ev.TrackingNo).Exec(c.UserContext()); err != nil {
		return c.SendStatus(fiber.StatusInternalServerError)
	}
	if ev.Status == "DELIVERED" {
		pod, err := h.carrier.ProofOfDelivery(ev.TrackingNo)
		if err == nil {
			_, _ = h.db.NewUpdate().Table("shipments").Set("pod = ?", pod).
				Where("tracking_no = ?", ev.TrackingNo).Exec(c.UserContext())
		}
		payload, _ := json.Marshal(map[string]string{"tracking": ev.TrackingNo})
		if _, err := h.jobs.Enqueue(asynq.NewTask("escrow:release", payload)); err != nil {
			return c.SendStatus(fiber.StatusInternalServerError)
		}
	}
	return c.SendStatus(fiber.StatusOK)
}
