// Package names holds the comparison key of a person's or body's name,
// shared by the store (which joins speakers across articles by it) and the
// evaluations (which compare canonical names with gold): case, a leading
// "the", hyphens against spaces and honorifics do not count; the name as
// displayed keeps them.
package names
