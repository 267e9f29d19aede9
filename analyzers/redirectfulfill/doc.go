// Package redirectfulfill defines the redirectfulfill analyzer.
package redirectfulfill

const doc = `redirectfulfill: placeholder`
