-- call-next reads each line of a counter from an index in calling order (QueueService.NEXT_FOR_COUNTER):
-- priority tickets of a group apart from the normal ones, and tickets sent to one counter
create index ticket_waiting_priority_idx on ticket (center_id, day, group_id, queued_at, id)
    where status in ('WAITING', 'TRANSFERRED') and priority <> 'NORMAL';
create index ticket_targeted_idx on ticket (target_counter_id, queued_at, id)
    where target_counter_id is not null and status in ('WAITING', 'TRANSFERRED');
