package vfymounts

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"log"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
)

var signingKey = []byte("k")

func validMAC(body []byte, sig string) bool {
	mac := hmac.New(sha256.New, signingKey)
	mac.Write(body)
	want, _ := hex.DecodeString(sig)
	return hmac.Equal(mac.Sum(nil), want)
}

// ---- gin: route middleware given before the handler --------------------------

func ginSigned(c *gin.Context) {
	body, _ := c.GetRawData()
	if !validMAC(body, c.GetHeader("X-Psp-Hmac")) {
		c.AbortWithStatus(http.StatusForbidden)
		return
	}
	c.Next()
}

func (s *Settlements) GinSettled(c *gin.Context) {
	var n settlement
	if err := c.ShouldBindJSON(&n); err != nil {
		return
	}
	s.db.Exec("UPDATE payments SET status = 'paid' WHERE reference = $1", n.Reference) // want `payment webhook /v1/psp/notify acts on the payment`
}

func MountGin(r *gin.Engine, s *Settlements) {
	r.POST("/webhooks/psp", ginSigned, s.GinSettled)
	v2 := r.Group("/v2/webhooks", ginSigned)
	v2.POST("/psp", s.GinSettled)
	r.POST("/v1/psp/notify", s.GinSettled)
}

// ---- chi: With on one route, a logging middleware on the other ----------------

func chiSigned(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var raw json.RawMessage
		if err := json.NewDecoder(r.Body).Decode(&raw); err != nil || !validMAC(raw, r.Header.Get("X-Psp-Hmac")) {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func chiLog(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		log.Println(r.URL.Path)
		next.ServeHTTP(w, r)
	})
}

func (s *Settlements) ChiSettled(w http.ResponseWriter, r *http.Request) {
	var n settlement
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		return
	}
	s.db.Exec("UPDATE payments SET status = 'paid' WHERE reference = $1", n.Reference) // want `payment webhook /internal/psp-replay acts on the payment`
}

func MountChi(s *Settlements) http.Handler {
	r := chi.NewRouter()
	r.With(chiSigned).Post("/webhooks/psp", s.ChiSettled)
	r.With(chiLog).Post("/internal/psp-replay", s.ChiSettled)
	return r
}

// ---- fiber: a verifying group, and the root app ----------------------------------

func fiberSigned(c *fiber.Ctx) error {
	if !validMAC(c.Body(), c.Get("X-Psp-Hmac")) {
		return c.SendStatus(http.StatusForbidden)
	}
	return c.Next()
}

func (s *Settlements) FiberSettled(c *fiber.Ctx) error {
	var n settlement
	if err := json.Unmarshal(c.Body(), &n); err != nil {
		return err
	}
	_, err := s.db.Exec("UPDATE payments SET status = 'paid' WHERE reference = $1", n.Reference) // want `payment webhook /psp/settled acts on the payment`
	return err
}

func MountFiber(app *fiber.App, s *Settlements) {
	hooks := app.Group("/webhooks", fiberSigned)
	hooks.Post("/psp", s.FiberSettled)
	app.Post("/psp/settled", s.FiberSettled)
}

// ---- echo: Use on the group; trailing route middleware -----------------------------

func (s *Settlements) EchoCaptured(c echo.Context) error {
	var n settlement
	if err := c.Bind(&n); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	s.db.Exec("UPDATE payments SET status = 'paid' WHERE reference = $1", n.Reference) // want `payment webhook /mobile/captured acts on the payment`
	return c.NoContent(http.StatusOK)
}

func MountEchoUse(e *echo.Echo, s *Settlements, key []byte) {
	g := e.Group("/webhooks")
	g.Use(checkSignature(key))
	g.POST("/captured", s.EchoCaptured)
	e.POST("/captured", s.EchoCaptured, checkSignature(key))
	e.POST("/mobile/captured", s.EchoCaptured, accessLog)
}

// ---- gin and fiber: Use chained on the group ------------------------------------

func (s *Settlements) GinChained(c *gin.Context) {
	raw, _ := c.GetRawData()
	var n settlement
	if err := json.Unmarshal(raw, &n); err != nil {
		return
	}
	s.db.Exec("UPDATE payments SET status = 'paid' WHERE reference = $1", n.Reference)
}

func (s *Settlements) FiberChained(c *fiber.Ctx) error {
	var n settlement
	if err := json.Unmarshal(c.Body(), &n); err != nil {
		return err
	}
	_, err := s.db.Exec("UPDATE payments SET status = 'paid' WHERE reference = $1", n.Reference)
	return err
}

// Silent: gin's and fiber's Use return the group, its middleware on.
func MountChained(r *gin.Engine, app *fiber.App, s *Settlements) {
	hooks := r.Group("/webhooks/chained").Use(ginSigned)
	hooks.POST("/psp", s.GinChained)
	r.Group("/webhooks/inline").Use(ginSigned).POST("/psp", s.GinChained)

	fhooks := app.Group("/webhooks/chained").Use(fiberSigned)
	fhooks.Post("/psp", s.FiberChained)
}
