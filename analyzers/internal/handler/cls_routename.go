package handler

// UnverifiedRoute returns the first route of h that no verifying
// middleware covers (the one a finding should name when h is also mounted
// behind a verifier elsewhere), or nil.
func (m *Model) UnverifiedRoute(h *Handler) *Route {
	for _, r := range h.Routes {
		if !m.routeVerified(r) { // mounts.go
			return r
		}
	}
	return nil
}
