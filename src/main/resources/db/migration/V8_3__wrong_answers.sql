-- Wrong answers reach editors (feature org.passerelle.insights): two more kinds of content gap, counted per group
-- like the four others. WRONG_ANSWER: "This is not what I asked" on a guide, or No to "Is this what you need?";
-- LOW_MARGIN: a guide shown or proposed although another was almost as likely. Existing groups start at 0.
alter table gap_group add column wrong_answer integer default 0 not null;
alter table gap_group add column low_margin integer default 0 not null;
