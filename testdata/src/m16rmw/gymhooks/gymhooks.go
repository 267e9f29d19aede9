// Package gymhooks: gin Stripe listeners of a climbing gym.
package gymhooks

import (
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/stripe/stripe-go/v82/webhook"

	"m16rmw/gym"
)

// Hooks holds the gym.
type Hooks struct {
	secret string
	gym    *gym.Gym
}

// Register mounts the listeners.
func (h *Hooks) Register(r *gin.Engine) {
	r.POST("/stripe/class-paid", h.ClassPaid)
	r.POST("/stripe/pass-paid", h.PassPaid)
	r.POST("/stripe/household-paid", h.HouseholdPaid)
}

type order struct {
	Member  string `json:"member"`
	Other   string `json:"other"`
	Credits int64  `json:"credits"`
}

func (h *Hooks) order(c *gin.Context) (order, bool) {
	payload, err := c.GetRawData()
	if err != nil {
		return order{}, false
	}
	evt, err := webhook.ConstructEvent(payload, c.GetHeader("Stripe-Signature"), h.secret)
	if err != nil {
		return order{}, false
	}
	var o order
	if err := json.Unmarshal(evt.Data.Raw, &o); err != nil {
		return order{}, false
	}
	return o, true
}

// ClassPaid adds a class credit on each delivery.
func (h *Hooks) ClassPaid(c *gin.Context) {
	o, ok := h.order(c)
	if !ok {
		c.Status(http.StatusBadRequest)
		return
	}
	_ = h.gym.CreditClass(c.Request.Context(), o.Member) // want "webhook handler credits the balance \\(gym.Gym.CreditClass: gym.Gym.setCredits: prepaid_credits \\+= …\\)"
	c.Status(http.StatusOK)
}

// PassPaid adds thirty days to the pass on each delivery.
func (h *Hooks) PassPaid(c *gin.Context) {
	o, ok := h.order(c)
	if !ok {
		c.Status(http.StatusBadRequest)
		return
	}
	_ = h.gym.ExtendPass(c.Request.Context(), o.Member) // want "webhook handler extends the subscription \\(gym.Gym.ExtendPass: gym.Gym.setPassEnd: pass_end \\+ period\\)"
	c.Status(http.StatusOK)
}

// HouseholdPaid matches a household pass and stores the order's credit
// total: the same values on every delivery.
func (h *Hooks) HouseholdPaid(c *gin.Context) {
	o, ok := h.order(c)
	if !ok {
		c.Status(http.StatusBadRequest)
		return
	}
	_ = h.gym.MatchHousehold(c.Request.Context(), o.Member, o.Other)
	_ = h.gym.SetCredits(c.Request.Context(), o.Member, o.Credits)
	c.Status(http.StatusOK)
}
