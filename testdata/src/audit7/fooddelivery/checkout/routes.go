package checkout

import "github.com/gofiber/fiber/v2"

func (h *Handler) Mount(r fiber.Router) {
	r.Post("/orders/:id/payment/return", h.UPIReturn)
	r.Get("/orders/:id/payment/card-return", h.CardReturn)
	r.Get("/orders/:id/track", h.Track)
}
