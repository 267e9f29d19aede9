// Package delivery mounts the invoice callbacks on gin itself; the use
// cases behind them are handed in by the commands.
package delivery

import (
	"crypto/subtle"
	"net/http"
	"os"

	"github.com/gin-gonic/gin"

	"m19open/domain"
)

// Callbacks receives Xendit's invoice callbacks.
type Callbacks struct {
	uc domain.CallbackHandler
}

// Mount registers the open callback route.
func Mount(r *gin.Engine, uc domain.CallbackHandler) {
	h := &Callbacks{uc: uc}
	r.POST("/xendit/invoice/callback", h.Invoice)
}

// Invoice trusts whatever is posted to it.
func (h *Callbacks) Invoice(c *gin.Context) {
	var cb domain.InvoiceCallback
	if err := c.ShouldBindJSON(&cb); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if err := h.uc.Apply(c.Request.Context(), &cb); err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}

// Tokened receives the same callbacks and checks Xendit's
// x-callback-token first.
type Tokened struct {
	uc domain.CallbackHandler
}

// MountTokened registers the checked callback route.
func MountTokened(r *gin.Engine, uc domain.CallbackHandler) {
	h := &Tokened{uc: uc}
	r.POST("/xendit/invoice/callback", h.Invoice)
}

// Invoice rejects a callback without the account's token.
func (h *Tokened) Invoice(c *gin.Context) {
	want := os.Getenv("XENDIT_CALLBACK_TOKEN")
	got := c.GetHeader("x-callback-token")
	if want == "" || subtle.ConstantTimeCompare([]byte(got), []byte(want)) != 1 {
		c.Status(http.StatusUnauthorized)
		return
	}
	var cb domain.InvoiceCallback
	if err := c.ShouldBindJSON(&cb); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if err := h.uc.Apply(c.Request.Context(), &cb); err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}

// Staff is the back office's invoice override.
type Staff struct {
	set domain.StatusSetter
}

// MountStaff registers the override behind the staff session check.
func MountStaff(r *gin.Engine, set domain.StatusSetter, staffOnly gin.HandlerFunc) {
	h := &Staff{set: set}
	r.POST("/admin/invoices/:id/status", staffOnly, h.Override)
}

type override struct {
	Status string `json:"status"`
}

// Override sets the status staff chose.
func (h *Staff) Override(c *gin.Context) {
	var in override
	if err := c.ShouldBindJSON(&in); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if err := h.set.SetStatus(c.Request.Context(), c.Param("id"), in.Status); err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusNoContent)
}
