package org.trastienda.execution;

/** A milestone was marked done (by a person or by the module that made it happen). Carries ids only. */
public record MilestoneCompleted(Long milestoneId, Long contractId, MilestoneType type) {
}
