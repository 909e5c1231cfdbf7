package org.trastienda.execution;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.trastienda.contracts.ContractView;
import org.trastienda.identity.UserDirectory;
import org.trastienda.identity.UserSummary;

/** Turns milestones into views with today's state and slippage and their responsible users' names. */
@Component
class MilestoneViews {

	private final UserDirectory users;

	private final ScheduleClock clock;

	MilestoneViews(UserDirectory users, ScheduleClock clock) {
		this.users = users;
		this.clock = clock;
	}

	ScheduleView schedule(ContractView contract, List<Milestone> milestones) {
		return ScheduleView.of(contract.id(), contract.number(), contract.currency(),
				views(contract.currency(), milestones));
	}

	MilestoneView view(ContractView contract, Milestone milestone) {
		return views(contract.currency(), List.of(milestone)).get(0);
	}

	private List<MilestoneView> views(String currency, Collection<Milestone> milestones) {
		Timeliness timeliness = clock.timeliness();
		Map<Long, UserSummary> responsible = users
			.findAllById(milestones.stream().map(Milestone::getResponsibleUserId).filter(Objects::nonNull).distinct().toList())
			.stream()
			.collect(Collectors.toMap(UserSummary::id, Function.identity()));
		return milestones.stream().map(milestone -> {
			UserSummary user = responsible.get(milestone.getResponsibleUserId());
			return new MilestoneView(milestone.getId(), milestone.getVersion(), milestone.getContractId(),
					milestone.getType(), milestone.getName(), milestone.getPlannedDate(), milestone.getActualDate(),
					user == null ? null : user.username(), user == null ? null : user.fullName(), milestone.getAmount(),
					currency, milestone.getNotes(),
					timeliness.state(milestone.getPlannedDate(), milestone.getActualDate()),
					timeliness.slippageDays(milestone.getPlannedDate(), milestone.getActualDate()),
					milestone.getCompletedBy(), milestone.getCompletedAt());
		}).toList();
	}
}
