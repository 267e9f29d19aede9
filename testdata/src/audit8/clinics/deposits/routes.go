package deposits

import "github.com/gin-gonic/gin"

// Register mounts the patient-facing deposit pages.
func (h *Handlers) Register(r *gin.Engine) {
	g := r.Group("/deposits")
	g.GET("/return", h.depositReturned)
	g.GET("/v2/return", h.depositReturnedV2)
	g.GET("/cancel", h.abandoned)
}
